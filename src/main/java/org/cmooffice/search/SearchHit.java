package org.cmooffice.search;

/** One result: what it is called, a line that says more, and where it is. */
public record SearchHit(String title, String detail, String link) {

}
