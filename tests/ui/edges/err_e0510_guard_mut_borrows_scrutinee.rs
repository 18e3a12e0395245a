// a match guard may not take a mutable borrow of the matched place
fn clear(o: &mut Option<i32>) -> bool { *o = None; false }
fn main() {
    let mut x = Some(3);
    let r = match x {
        None => 0,
        Some(_) if clear(&mut x) => 1,
        Some(n) => n,
    };
    println!("{}", r);
}
