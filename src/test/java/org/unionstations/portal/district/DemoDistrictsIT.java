package org.unionstations.portal.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;

/**
 * The Xianning demo geography is consistent: six valid districts, the real ones, that
 * hold their own stations and demand points.
 */
@PortalIT
class DemoDistrictsIT {

	@Autowired
	DistrictService districts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("leader")
	void the_six_districts_of_xianning_are_listed_by_name_in_pinyin_order() {
		// chi, chong, jia, tong cheng, tong shan, xian (by code: 咸安区 first, 赤壁市 last)
		assertThat(districts.list()).extracting(DistrictRef::nameZh)
			.containsExactly("赤壁市", "崇阳县", "嘉鱼县", "通城县", "通山县", "咸安区");
		assertThat(districts.list()).extracting(DistrictRef::nameEn)
			.containsExactly("Chibi City", "Chongyang County", "Jiayu County", "Tongcheng County", "Tongshan County",
					"Xian'an District");
		// the real boundaries (V13_1) replaced the hand-drawn ones
		assertThat(districts.list()).allSatisfy(d -> assertThat(d.boundaryApproximate()).isFalse());
	}

	@Test
	void boundaries_are_valid_and_do_not_overlap() {
		assertThat(jdbc.sql("SELECT count(*) FROM district WHERE NOT ST_IsValid(boundary) OR ST_SRID(boundary) <> 4326")
			.query(Long.class)
			.single()).isZero();
		double overlapKm2 = jdbc.sql("""
				SELECT coalesce(sum(ST_Area(ST_Intersection(a.boundary, b.boundary)::geography)), 0) / 1e6
				FROM district a JOIN district b ON a.id < b.id AND ST_Intersects(a.boundary, b.boundary)
				""").query(Double.class).single();
		assertThat(overlapKm2).isLessThan(0.01);
	}

	@Test
	void the_boundaries_are_the_shipped_geojson_repaired_with_st_make_valid() throws java.io.IOException {
		String geojson = new String(DistrictImportServiceIT.resource(DistrictImportServiceIT.XIANNING),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(jdbc.sql("""
				WITH f AS (SELECT e->'properties'->>'adcode' AS code,
				                  ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(e->'geometry'), 4326)) AS g
				           FROM jsonb_array_elements(CAST(:json AS jsonb)->'features') e)
				SELECT count(*) FROM f JOIN district d ON d.code = f.code
				WHERE ST_Equals(d.boundary, CASE WHEN ST_IsValid(f.g) THEN f.g
				                                ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(f.g), 3)) END)
				""").param("json", geojson).query(Long.class).single()).isEqualTo(6);
	}

	@Test
	@WithUserDetails("leader")
	void the_city_is_named_by_its_admins_and_coded_by_its_districts() {
		City city = districts.city();
		assertThat(city.code()).isEqualTo("421200");
		assertThat(city.nameZh()).isEqualTo("咸宁市");
		assertThat(city.nameEn()).isEqualTo("Xianning");
	}

	@Test
	void every_demo_station_lies_inside_its_own_district() {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM station s JOIN district d ON d.id = s.district_id
				WHERE NOT ST_Contains(d.boundary, s.location)
				""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM station WHERE district_id IS NULL").query(Long.class).single())
			.isZero();
		// and so does every demand point (131 were moved inside their own district by
		// V13_1)
		assertThat(jdbc.sql("""
				SELECT count(*) FROM demand_point p LEFT JOIN district d ON d.id = p.district_id
				WHERE d.id IS NULL OR NOT ST_Covers(d.boundary, p.location)
				""").query(Long.class).single()).isZero();
	}

}
