// tuple fields are captured disjointly too
fn main() {
    let mut t = (vec![1, 2], String::from("s"));
    let mut add = || t.0.push(3);
    t.1.push('!');
    add();
    println!("{:?} {}", t.0, t.1);
}
