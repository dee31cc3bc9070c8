package org.unionstations.portal.base.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the conversions against values published by well-known open-source
 * implementations, and checks the properties the portal relies on (round trips under a
 * metre, no offset outside China).
 */
class CoordinateConverterTest {

	/** For sources that print full doubles (14+ decimals): agreement to about 0.1 mm. */
	private static final double FULL_PRECISION = 1e-9;

	/**
	 * For sources that give 7 or 8 decimals and compute the inverse to 1e-6 themselves.
	 */
	private static final double SIX_DECIMALS = 1e-6;

	private static final LonLat XIANNING = new LonLat(114.32, 29.84);

	// wandergis/coordtransform, test/app.js: input (116.404, 39.915) in every
	// direction. Its gcj02towgs84 result there is a one-step approximation, not
	// the exact inverse, so the inverse is checked against its wgs84togcj02 pair.

	@Test
	void wgs84_to_gcj02_matches_coordtransform() {
		assertClose(CoordinateConverter.wgs84ToGcj02(new LonLat(116.404, 39.915)),
				new LonLat(116.41024449916938, 39.91640428150164), FULL_PRECISION);
	}

	@Test
	void gcj02_to_wgs84_inverts_the_coordtransform_pair() {
		assertClose(CoordinateConverter.gcj02ToWgs84(new LonLat(116.41024449916938, 39.91640428150164)),
				new LonLat(116.404, 39.915), FULL_PRECISION);
	}

	@Test
	void gcj02_to_bd09_matches_coordtransform() {
		assertClose(CoordinateConverter.gcj02ToBd09(new LonLat(116.404, 39.915)),
				new LonLat(116.41036949371029, 39.92133699351021), FULL_PRECISION);
	}

	@Test
	void bd09_to_gcj02_matches_coordtransform() {
		assertClose(CoordinateConverter.bd09ToGcj02(new LonLat(116.404, 39.915)),
				new LonLat(116.39762729119315, 39.90865673957631), FULL_PRECISION);
	}

	// googollee/eviltransform, go/transform_test.go and javascript/test.js:
	// WGS-84 / GCJ-02 pairs (given there as lat, lng; here as lon, lat) for
	// Shanghai, Shenzhen and Beijing.
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Shanghai, 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597",
			"Shenzhen, 113.912316, 22.543847, 113.9171764808363, 22.540796131694766",
			"Beijing, 116.377817, 39.911954, 116.38404722455657, 39.91334545536069" })
	void matches_eviltransform_in_both_directions(String city, double wgsLon, double wgsLat, double gcjLon,
			double gcjLat) {
		LonLat wgs = new LonLat(wgsLon, wgsLat);
		LonLat gcj = new LonLat(gcjLon, gcjLat);
		assertClose(CoordinateConverter.wgs84ToGcj02(wgs), gcj, FULL_PRECISION);
		assertClose(CoordinateConverter.gcj02ToWgs84(gcj), wgs, FULL_PRECISION);
	}

	// hujiulong/gcoord, test/unit/crs/WGS84.spec.ts, GCJ02.spec.ts, BD09.spec.ts:
	// the point (123, 45) in every direction, 8 decimals (gcoord asserts 5 and
	// stops its own inverse at 1e-6).
	@Test
	void matches_gcoord_at_123_45() {
		LonLat p = new LonLat(123, 45);
		assertClose(CoordinateConverter.wgs84ToGcj02(p), new LonLat(123.00607541, 45.00197815), SIX_DECIMALS);
		assertClose(CoordinateConverter.wgs84ToBd09(p), new LonLat(123.0124491, 45.0083293), SIX_DECIMALS);
		assertClose(CoordinateConverter.gcj02ToWgs84(p), new LonLat(122.99395597, 44.99804071), SIX_DECIMALS);
		assertClose(CoordinateConverter.gcj02ToBd09(p), new LonLat(123.00636499, 45.00636899), SIX_DECIMALS);
		assertClose(CoordinateConverter.bd09ToGcj02(p), new LonLat(122.99363304, 44.99365430), SIX_DECIMALS);
		assertClose(CoordinateConverter.bd09ToWgs84(p), new LonLat(122.98762210, 44.99171540), SIX_DECIMALS);
	}

	// hujiulong/gcoord, test/fixtures/china-cities.json (read by
	// test/unit/crs/GCJ02.spec.ts): cities in all three systems, 7 decimals.
	// gcoord asserts GCJ02 -> WGS84 to 4 decimals (toBeCloseTo 4: within 5e-5)
	// and GCJ02 -> BD09 to 6 (within 5e-7); the same tolerances are used here.
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "驻马店市, 114.0164322, 33.0133556, 114.022306, 33.0115324, 114.0287781, 33.0176697",
			"邵阳市, 111.4622119, 27.242124, 111.4677938, 27.2388981, 111.4742271, 27.2451662",
			"沈阳市, 123.4253306, 41.8032629, 123.4314787, 41.8057023, 123.438095, 41.8114013" })
	void matches_gcoord_city_fixtures(String city, double wgsLon, double wgsLat, double gcjLon, double gcjLat,
			double bdLon, double bdLat) {
		LonLat gcj = new LonLat(gcjLon, gcjLat);
		assertClose(CoordinateConverter.gcj02ToWgs84(gcj), new LonLat(wgsLon, wgsLat), 5e-5);
		assertClose(CoordinateConverter.gcj02ToBd09(gcj), new LonLat(bdLon, bdLat), 5e-7);
	}

	@Test
	void round_trips_across_china_are_under_a_metre() {
		assertRoundTripsUnderAMetre(CoordinateConverter::wgs84ToGcj02, CoordinateConverter::gcj02ToWgs84);
	}

	@Test
	void round_trips_through_baidu_are_under_a_metre() {
		assertRoundTripsUnderAMetre(CoordinateConverter::wgs84ToBd09, CoordinateConverter::bd09ToWgs84);
	}

	private static void assertRoundTripsUnderAMetre(UnaryOperator<LonLat> forward, UnaryOperator<LonLat> back) {
		assertThat(metres(back.apply(forward.apply(XIANNING)), XIANNING)).isLessThan(1.0);
		for (int lon = 100; lon <= 122; lon++) {
			for (int lat = 20; lat <= 45; lat++) {
				LonLat wgs = new LonLat(lon, lat);
				assertThat(metres(back.apply(forward.apply(wgs)), wgs)).as("round trip at %s", wgs).isLessThan(1.0);
			}
		}
	}

	@Test
	void the_offset_near_xianning_is_a_few_hundred_metres() {
		double offset = metres(CoordinateConverter.wgs84ToGcj02(XIANNING), XIANNING);
		assertThat(offset).isBetween(100.0, 700.0);
	}

	@Test
	void points_outside_china_are_not_offset() {
		LonLat tokyo = new LonLat(139.7, 35.7);
		LonLat london = new LonLat(-0.12, 51.5);
		assertThat(CoordinateConverter.isInsideChina(tokyo)).isFalse();
		assertThat(CoordinateConverter.isInsideChina(london)).isFalse();
		assertThat(CoordinateConverter.isInsideChina(XIANNING)).isTrue();
		assertThat(CoordinateConverter.wgs84ToGcj02(tokyo)).isEqualTo(tokyo);
		assertThat(CoordinateConverter.wgs84ToGcj02(london)).isEqualTo(london);
		assertThat(CoordinateConverter.gcj02ToWgs84(tokyo)).isEqualTo(tokyo);
		assertThat(CoordinateConverter.gcj02ToWgs84(london)).isEqualTo(london);
	}

	@Test
	void lon_lat_rejects_values_out_of_range() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(180.0001, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(-180.5, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(114, 90.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(114, -91));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(Double.NaN, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(114, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> new LonLat(Double.POSITIVE_INFINITY, 30));
	}

	@Test
	void lon_lat_accepts_the_bounds() {
		assertThat(new LonLat(-180, -90)).isEqualTo(new LonLat(-180.0, -90.0));
		assertThat(new LonLat(180, 90).longitude()).isEqualTo(180.0);
	}

	@Test
	void wgs84_is_the_identity() {
		assertThat(CoordinateConverter.toWgs84(XIANNING, CoordinateSystem.WGS84)).isSameAs(XIANNING);
		assertThat(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.WGS84)).isSameAs(XIANNING);
	}

	@Test
	void dispatch_picks_the_matching_conversion() {
		assertThat(CoordinateConverter.toWgs84(XIANNING, CoordinateSystem.GCJ02))
			.isEqualTo(CoordinateConverter.gcj02ToWgs84(XIANNING));
		assertThat(CoordinateConverter.toWgs84(XIANNING, CoordinateSystem.BD09))
			.isEqualTo(CoordinateConverter.bd09ToWgs84(XIANNING));
		assertThat(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.GCJ02))
			.isEqualTo(CoordinateConverter.wgs84ToGcj02(XIANNING));
		assertThat(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.BD09))
			.isEqualTo(CoordinateConverter.wgs84ToBd09(XIANNING));
		assertThat(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.GCJ02)).isNotEqualTo(XIANNING);
		assertThat(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.BD09))
			.isNotEqualTo(CoordinateConverter.fromWgs84(XIANNING, CoordinateSystem.GCJ02));
	}

	@ParameterizedTest
	@EnumSource(CoordinateSystem.class)
	void from_and_to_wgs84_undo_each_other(CoordinateSystem system) {
		LonLat there = CoordinateConverter.fromWgs84(XIANNING, system);
		// Under a metre: Baidu's BD-09 -> GCJ-02 formula is only good to decimetres.
		assertThat(metres(CoordinateConverter.toWgs84(there, system), XIANNING)).isLessThan(1.0);
	}

	private static void assertClose(LonLat actual, LonLat expected, double toleranceDegrees) {
		assertThat(actual.longitude()).as("longitude").isCloseTo(expected.longitude(), within(toleranceDegrees));
		assertThat(actual.latitude()).as("latitude").isCloseTo(expected.latitude(), within(toleranceDegrees));
	}

	/**
	 * Great-circle (haversine) distance in metres on a sphere of radius 6 371 008.8 m.
	 */
	private static double metres(LonLat a, LonLat b) {
		double phi1 = Math.toRadians(a.latitude());
		double phi2 = Math.toRadians(b.latitude());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
