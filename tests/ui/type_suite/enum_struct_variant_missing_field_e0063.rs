enum Ev { Click { x: i32, y: i32 } }
fn main() {
    let e = Ev::Click { x: 1 };
}
