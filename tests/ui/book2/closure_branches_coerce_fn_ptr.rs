// closures: if/else branches returning two non-capturing closures for an impl Fn (coerced to fn pointers)
fn chooser(up: bool) -> impl Fn(i32) -> i32 {
    if up {
        |x| x + 1
    } else {
        |x| x - 1
    }
}

fn main() {
    println!("{}", chooser(true)(5));
}
