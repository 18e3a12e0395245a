// patterns: an or-pattern where only one alternative binds the name
enum Shape {
    Circle(f64),
    Square(f64),
    Dot,
}

fn main() {
    let s = Shape::Dot;
    match s {
        Shape::Circle(r) | Shape::Dot => println!("{r}"),
        Shape::Square(w) => println!("{w}"),
    }
}
