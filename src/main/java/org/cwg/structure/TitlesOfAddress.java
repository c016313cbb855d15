package org.cwg.structure;

import java.util.regex.Pattern;

/**
 * What a contact's name is addressed with, never part of the name: a courtesy title ("Mr", "Mme",
 * "Sra", "Г-н", the Spanish "D." and "Dña." for don and doña) or an academic or professional one,
 * as English, French, Spanish and Russian covers write them ("Dr", "Prof", "Eng." and "Engr." for
 * an engineer as Spanish writes "Ing.", "Lic.", "Mtra.", "д-р"), and the Arabic ("السيد", Mr;
 * "الدكتور", Dr) and Chinese ones ("先生", Mr; "女士", Ms).
 */
final class TitlesOfAddress {

  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Eng|Engr|Pr|M|Mme|Mlle|Sr|Sra|Srta|Dra|Ing|Lic|Lcdo|Lcda"
              + "|Mtro|Mtra|Dña|Г-н|Г-жа|г-н|г-жа|[Дд]-р|[Пп]роф)\\.?\\s+"
              // "D." is don only before a whole name (given name and surname), never an initial.
              + "|^D\\.\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})"
              // Arabic sets the title before the name, maybe more than one and after a slash
              // ("السيد/ ..."); Chinese after it ("王丽女士").
              + "|^(?:(?:السيد|السيدة|الدكتور|الدكتورة|د\\.|الأستاذ|الأستاذة|المهندس|المهندسة|م\\.)"
              + "(?:\\s*/\\s*|\\s+))+"
              + "|(?<=\\p{IsHan})(?:先生|女士|博士|教授)$",
          Pattern.UNICODE_CASE);

  private TitlesOfAddress() {}

  /** The name without the title it was addressed with: "Eng. Jane Doe" is "Jane Doe". */
  static String strip(String name) {
    return TITLE.matcher(name).replaceAll("");
  }
}
