package org.unionstations.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionSettingRepository extends JpaRepository<CriterionSetting, FlagshipCriterion> {

}
