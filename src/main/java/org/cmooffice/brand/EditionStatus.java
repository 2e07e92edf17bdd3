package org.cmooffice.brand;

enum EditionStatus {

	DRAFT, PUBLISHED

}
