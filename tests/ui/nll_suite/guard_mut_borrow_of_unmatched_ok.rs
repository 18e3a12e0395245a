// a mutable borrow of the scrutinee in a guard
fn clear(v: &mut Vec<i32>) -> bool { v.clear(); true }
fn main() {
    let mut v = vec![1, 2];
    match v.len() {
        _ if clear(&mut v) => println!("cleared"),
        _ => println!("kept"),
    }
    let mut w = (1, vec![1]);
    match w {
        (1, _) if clear(&mut w.1) => println!("x"),
        _ => {}
    }
}
