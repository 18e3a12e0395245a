// rejected E0381: a local assigned only in some match arms is read afterwards
#[derive(Debug, Clone, Copy)]
enum Shipping {
    Standard,
    Express,
    Pickup,
}

fn base_cost(weight_kg: f32) -> f32 {
    2.5 + weight_kg * 1.2
}

fn quote(weight_kg: f32, method: Shipping, distance_km: u32) -> f32 {
    let surcharge: f32;
    match method {
        Shipping::Standard => surcharge = 0.0,
        Shipping::Express if distance_km > 100 => surcharge = 12.0,
        Shipping::Express => surcharge = 6.0,
        Shipping::Pickup => {
            println!("pickup: no surcharge");
        }
    }
    base_cost(weight_kg) + surcharge
}

fn main() {
    let parcels = [
        (1.5, Shipping::Standard, 20),
        (3.0, Shipping::Express, 250),
        (0.4, Shipping::Express, 30),
        (9.9, Shipping::Pickup, 0),
    ];
    for (w, m, d) in parcels.iter() {
        println!("{:?} {}kg {}km -> {:.2}", m, w, d, quote(*w, *m, *d));
    }
}
