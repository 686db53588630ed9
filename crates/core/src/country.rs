//! The countries marsad places events in: their ISO codes, names and ACLED region.

/// One country of marsad's region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3 (the prefix of ACLED's `event_id_cnty`).
    pub alpha3: &'static str,
    /// ISO 3166-1 numeric (ACLED's `iso`).
    pub numeric: u16,
    /// English name as ACLED writes it.
    pub name: &'static str,
    /// ACLED region.
    pub region: &'static str,
}

/// Syria and its neighbours, and Iran for Persian sources.
pub const COUNTRIES: [Country; 8] = [
    Country { alpha2: "SY", alpha3: "SYR", numeric: 760, name: "Syria", region: "Middle East" },
    Country { alpha2: "IQ", alpha3: "IRQ", numeric: 368, name: "Iraq", region: "Middle East" },
    Country { alpha2: "LB", alpha3: "LBN", numeric: 422, name: "Lebanon", region: "Middle East" },
    Country { alpha2: "JO", alpha3: "JOR", numeric: 400, name: "Jordan", region: "Middle East" },
    Country { alpha2: "TR", alpha3: "TUR", numeric: 792, name: "Turkey", region: "Middle East" },
    Country { alpha2: "IR", alpha3: "IRN", numeric: 364, name: "Iran", region: "Middle East" },
    Country { alpha2: "IL", alpha3: "ISR", numeric: 376, name: "Israel", region: "Middle East" },
    Country { alpha2: "PS", alpha3: "PSE", numeric: 275, name: "Palestine", region: "Middle East" },
];

/// The country with this alpha-2 code.
pub fn by_alpha2(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.alpha2 == code)
}

/// The alpha-3 code of a numeric code, `XXX` when marsad does not know it.
pub fn alpha3(numeric: u16) -> &'static str {
    COUNTRIES.iter().find(|c| c.numeric == numeric).map_or("XXX", |c| c.alpha3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_agree() {
        assert_eq!(alpha3(760), "SYR");
        assert_eq!(alpha3(1), "XXX");
        assert_eq!(by_alpha2("IQ").map(|c| c.numeric), Some(368));
        assert!(by_alpha2("FR").is_none());
    }
}
