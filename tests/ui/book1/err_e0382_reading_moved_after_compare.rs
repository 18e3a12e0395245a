// ownership: a Reading moved into a Vec, then compared (derived PartialEq + PartialEq<f64>)
#[derive(Debug, PartialEq)]
struct Level(f64);

impl PartialEq<f64> for Level {
    fn eq(&self, other: &f64) -> bool {
        self.0 == *other
    }
}

#[derive(Debug)]
struct Reading {
    label: String,
    level: Level,
}

fn main() {
    let r = Reading { label: String::from("tank"), level: Level(3.5) };
    let full = r.level == 3.5;
    let same = r.level == Level(3.5);
    let mut log = Vec::new();
    log.push(r);
    println!("{full} {same} {}", log.len());
    println!("{}", r.label);
}
