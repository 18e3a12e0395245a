// a `ref mut` binding in a pattern while the place is shared-borrowed
fn main() {
    let mut pair = (1, String::from("x"));
    let seen = &pair.1;
    let (_, ref mut s) = pair;
    s.push('y');
    println!("{}", seen);
}
