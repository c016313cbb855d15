package org.cwg.generate;

/**
 * A language version of one sample, as listed in {@code samples.json}: a translation of the
 * sample's text (a resource under {@code versions/}), written as the same document in another of
 * ITU's languages, under the same number, with its cover in that language.
 *
 * @param of the seed file name of the English sample it translates
 * @param language ISO 639-1 code of the translation
 * @param text the translation's file name under {@code versions/}, laid out as the seeds are
 * @param file the .docx file name, ITU's with the language's letter
 * @param group the group's full name in that language
 * @param meeting the meeting line in that language
 * @param source the cover's source line in that language
 * @param title the title in that language
 */
public record SampleVersion(
    String of,
    String language,
    String text,
    String file,
    String group,
    String meeting,
    String source,
    String title) {}
