// variables: shadowing changes type and value, mutability on a counter
fn parse_reading(raw: &str) -> f64 {
    let raw = raw.trim();
    let raw: f64 = raw.parse().unwrap_or(0.0);
    raw * 1.5
}

fn main() {
    let temp = "  21 ";
    let temp = temp.trim();
    let temp: i32 = temp.parse().expect("a number");
    let temp = temp * 9 / 5 + 32;
    println!("fahrenheit: {}", temp);

    let mut total = 0;
    for r in ["3", " 4 ", "x", "10"] {
        let v = parse_reading(r);
        println!("reading {:?} -> {:.2}", r, v);
        total += v as i64;
    }
    println!("total = {total}");

    let spaces = "    ";
    let spaces = spaces.len();
    println!("spaces: {spaces}");

    let x = 5;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");

    const MAX_POINTS: u32 = 100_000;
    let mut points = 0u32;
    while points < MAX_POINTS {
        points += 33_333;
    }
    println!("points capped: {}", points.min(MAX_POINTS));
}
