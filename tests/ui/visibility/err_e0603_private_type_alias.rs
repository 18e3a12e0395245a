// Type aliases are private unless marked `pub`.
mod units {
    type Meters = f64;
    pub fn height() -> Meters {
        1.8
    }
}

fn main() {
    let h: units::Meters = units::height();
    println!("{}", h);
}
