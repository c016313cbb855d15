package org.cwg.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request's query parameters, decoded. A parameter given twice keeps its first value. The names
 * are the command line's long option names, so the messages name the option as the command would.
 */
final class Params {

  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  static Params parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.putIfAbsent(name, value);
      }
    }
    return new Params(values);
  }

  /** Percent-decoding as forms encode; a malformed escape is the client's error. */
  static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("malformed escape in the address: " + raw);
    }
  }

  Map<String, String> all() {
    return Collections.unmodifiableMap(values);
  }

  /** The value, or null when absent or empty (an empty form field means "not given"). */
  String get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String required(String name, String what) {
    String value = get(name);
    if (value == null) {
      throw new BadRequest("missing parameter '" + name + "' (" + what + ")");
    }
    return value;
  }

  /** A switch: present without value, or 1, true, yes, on. */
  boolean flag(String name) {
    String value = values.get(name);
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "", "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default ->
          throw new BadRequest("--" + name + " is a switch: '" + value + "' is not true/false");
    };
  }

  /** An integer option, with the command line's message for a value that is not one. */
  int integer(String name, int fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(
          "Invalid value for option '--" + name + "': '" + value + "' is not an int");
    }
  }

  /** An enum option, any case, with a message listing the values it may take. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw new BadRequest(
        "Invalid value for option '--"
            + name
            + "': expected one of "
            + java.util.Arrays.toString(type.getEnumConstants())
            + " (case-insensitive) but was '"
            + value
            + "'");
  }

  /** Refuses parameters an endpoint does not know, as the command refuses unknown options. */
  void allowOnly(Set<String> known) {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw new BadRequest("Unknown parameter: '" + name + "'");
      }
    }
  }
}
