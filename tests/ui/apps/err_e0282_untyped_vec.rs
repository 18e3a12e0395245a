// rejected E0282: an empty Vec::new() whose element type is never constrained
#[derive(Debug)]
struct Reading {
    station: &'static str,
    celsius: f32,
}

fn to_fahrenheit(c: f32) -> f32 {
    c * 9.0 / 5.0 + 32.0
}

fn summarize(readings: &[Reading]) -> (f32, f32) {
    let lo = readings.iter().map(|r| r.celsius).fold(f32::MAX, f32::min);
    let hi = readings.iter().map(|r| r.celsius).fold(f32::MIN, f32::max);
    (lo, hi)
}

fn main() {
    let readings = vec![
        Reading { station: "north", celsius: -3.5 },
        Reading { station: "harbor", celsius: 11.0 },
        Reading { station: "hill", celsius: 4.25 },
    ];
    let (lo, hi) = summarize(&readings);
    println!("range {:.1}..{:.1}", lo, hi);

    let names: Vec<String> = readings.iter().map(|r| r.station.to_uppercase()).collect();
    println!("stations: {:?}", names);
    let alerts = Vec::new();
    if alerts.is_empty() {
        println!("no alerts");
    }

    for r in &readings {
        println!("{} {:.1}F", r.station, to_fahrenheit(r.celsius));
    }
    let freezing = readings.iter().filter(|r| r.celsius < 0.0).count();
    println!("{} below freezing", freezing);
}
