enum Shape { Circle, Square, Triangle }
fn sides(s: Shape) -> u32 {
    match s {
        Shape::Circle => 0,
        Shape::Square => 4,
    }
}
fn main() {
    println!("{}", sides(Shape::Triangle));
}
