package org.cwg.structure;

/**
 * A cover's meeting line as read in a language that writes it its own way (Chinese, Arabic): the
 * meeting's number (or null), its place (or null) and its first day as an ISO date (or null).
 */
record MeetingLine(Integer number, String place, String date) {}
