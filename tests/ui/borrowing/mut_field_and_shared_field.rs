// borrowing: a mutable borrow of one field and a shared borrow of another
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let rx = &mut p.x;
    let ry = &p.y;
    *rx += *ry;
    let all = &p;
    println!("{} {}", all.x, all.y);
}
