//! Distances and offsets on the globe.

/// Great-circle distance in kilometres between two WGS 84 points (haversine).
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// The point `km` kilometres from (`lat`, `lon`) in `bearing` degrees
/// clockwise from north (an equirectangular step: good to a few metres at
/// the tens of kilometres it is used for), rounded to five decimals.
pub fn offset(lat: f64, lon: f64, bearing: f64, km: f64) -> (f64, f64) {
    const KM_PER_DEGREE: f64 = 111.195;
    let (dn, de) = (km * bearing.to_radians().cos(), km * bearing.to_radians().sin());
    let dlat = dn / KM_PER_DEGREE;
    let dlon = de / (KM_PER_DEGREE * lat.to_radians().cos().max(1e-6));
    let round = |x: f64| (x * 1e5).round() / 1e5;
    (round(lat + dlat), round(lon + dlon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damascus_to_aleppo_is_about_310_km() {
        let d = km(33.513, 36.292, 36.202, 37.134);
        assert!((300.0..320.0).contains(&d), "{d}");
        assert_eq!(km(35.0, 40.0, 35.0, 40.0), 0.0);
    }

    #[test]
    fn offset_goes_the_distance_in_the_bearing() {
        let (lat, lon) = offset(35.93, 36.63, 180.0, 25.0);
        assert!((km(35.93, 36.63, lat, lon) - 25.0).abs() < 0.1 && lat < 35.93 && (lon - 36.63).abs() < 1e-9);
        let (lat, lon) = offset(35.93, 36.63, 45.0, 25.0);
        assert!((km(35.93, 36.63, lat, lon) - 25.0).abs() < 0.1 && lat > 35.93 && lon > 36.63);
    }
}
