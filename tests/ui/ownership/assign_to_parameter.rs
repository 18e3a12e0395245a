// mutability: assigning to a parameter that is not declared mut
fn clamp(value: i32) -> i32 {
    if value > 100 {
        value = 100;
    }
    value
}

fn main() {
    println!("{}", clamp(250));
}
