package org.cwg.query;

import java.util.List;
import java.util.Optional;
import org.cwg.cite.CitationSurvey;
import org.cwg.cite.ResolutionCatalogue;
import org.cwg.cite.ResolutionId;
import org.cwg.model.DocumentRecord;
import org.cwg.model.MeetingRange;

/**
 * What {@code cwg cites [RESOLUTION] [--meeting N-M] [--matrix]} answers: the survey of the corpus
 * (or of some meetings), the resolution a user names identified in it, and the one result JSON
 * prints.
 */
public final class CitationAnswers {

  private CitationAnswers() {}

  /** The citations of these documents, of the meetings {@code meeting} names when not null. */
  public static CitationSurvey survey(List<DocumentRecord> documents, String meeting) {
    CitationSurvey survey = new CitationSurvey(documents, ResolutionCatalogue.builtIn());
    return meeting == null ? survey : survey.inMeetings(MeetingRange.parse(meeting));
  }

  /** The resolution written as 1305, "Council 1305" or "PP 102", as the survey knows it. */
  public static Optional<ResolutionId> identify(CitationSurvey survey, String resolution) {
    return Optional.ofNullable(resolution).map(ResolutionId::parse).map(survey::identify);
  }

  /**
   * The result as JSON shows it: the documents × resolutions matrix when asked, else the documents
   * citing the one resolution, else every cited resolution.
   */
  public static Object result(CitationSurvey survey, Optional<ResolutionId> only, boolean matrix) {
    if (matrix) {
      return survey.matrix(only);
    }
    return only.isPresent() ? survey.citing(only.get()) : survey.resolutions();
  }
}
