// variables: assigning to an immutable function parameter
fn clamp_percent(value: i32) -> i32 {
    if value > 100 {
        value = 100;
    }
    value
}

fn main() {
    println!("{}", clamp_percent(140));
}
