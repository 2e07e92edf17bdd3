package org.cmooffice.strategy;

public enum Priority {

	HIGH, MEDIUM, LOW

}
