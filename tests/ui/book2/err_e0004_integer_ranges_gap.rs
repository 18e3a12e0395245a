// patterns: integer range patterns that leave a gap in u8
fn bucket(age: u8) -> &'static str {
    match age {
        0..=12 => "child",
        13..=19 => "teen",
        21..=u8::MAX => "adult",
    }
}

fn main() {
    println!("{}", bucket(20));
}
