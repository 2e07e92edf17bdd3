package org.cmooffice.admin;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeSettingsRepository extends JpaRepository<OfficeSettings, Integer> {

}
