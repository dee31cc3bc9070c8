package org.unionstations.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface FlagshipPolicyRepository extends JpaRepository<FlagshipPolicy, Integer> {

}
