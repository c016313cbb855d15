/**
 * The project's one Jackson mapper: what cwg prints, the records the index stores, and the JSON
 * files it reads (manifests, rules files) all go through {@link org.cwg.json.Json}.
 *
 * <p>A package of its own, below everything else, because JSON is not one layer's business: the
 * renderers print it, the index stores it, {@code structure} and {@code validate} read it. Kept in
 * {@code render} it would make each of those depend on the renderers, and the renderers on them (a
 * cycle); kept in {@code model} it would give the plain records a serialization policy. Depends on
 * Jackson only; must not depend on any other cwg package.
 */
package org.cwg.json;
