// borrowing: a mutable borrow ending in a block before a shared borrow
fn main() {
    let mut s = String::from("hello");
    {
        let t = &mut s;
        t.push('!');
    }
    let u = &s;
    println!("{}", u);
}
