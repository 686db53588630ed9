//! Distances on the globe.

/// Great-circle distance in kilometres between two WGS 84 points (haversine).
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
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
}
