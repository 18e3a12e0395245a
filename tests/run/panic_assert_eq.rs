// panics: assert_eq! with a custom message shows left and right
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    assert_eq!(a, Point { x: 1, y: 2 });
    assert!(a.x < a.y, "x should be smaller");
    assert_ne!(a.x, a.y);
    let b = Point { x: 3, y: 2 };
    assert_eq!(a, b, "points differ by {}", b.x - a.x);
}
