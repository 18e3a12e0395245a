#[derive(Debug, PartialEq)]
struct P { x: i32, y: i32 }
fn main() {
    let a = P { x: 1, y: 2 };
    assert_eq!(a, P { x: 1, y: 2 });
    assert!(a.x < a.y, "x must be smaller");
    assert_ne!(a.x, 5);
    let b = P { x: 1, y: 2 };
    assert_ne!(a, b, "points {} and {} should differ", a.x, b.y);
}
