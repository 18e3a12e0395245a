// traits: a derived PartialEq next to a hand-written PartialEq<f64> for comparing with a number
#[derive(Debug, Clone, Copy, PartialEq)]
struct Celsius(f64);

impl PartialEq<f64> for Celsius {
    fn eq(&self, other: &f64) -> bool {
        (self.0 - other).abs() < 1e-9
    }
}

#[derive(Debug, PartialEq)]
struct Reading {
    station: String,
    temp: Celsius,
}

fn freezing(r: &Reading) -> bool {
    r.temp == 0.0
}

fn main() {
    let a = Celsius(21.5);
    let b = Celsius(21.5);
    println!("a == b: {}", a == b);
    println!("a == 21.5: {}", a == 21.5);
    println!("a != 20.0: {}", a != 20.0);
    let readings = vec![
        Reading { station: String::from("north"), temp: Celsius(0.0) },
        Reading { station: String::from("south"), temp: Celsius(12.25) },
    ];
    for r in &readings {
        println!("{} freezing? {}", r.station, freezing(r));
    }
    let copy = Reading { station: String::from("north"), temp: Celsius(0.0) };
    println!("same reading: {}", readings[0] == copy);
    println!("{:?}", readings.iter().position(|r| r.temp == 12.25));
}
