// borrowing: a reference to a &mut binding live across a use of it
fn main() {
    let mut s = String::new();
    let r = &mut s;
    let rr = &r;
    r.push('a');
    println!("{}", rr);
}
