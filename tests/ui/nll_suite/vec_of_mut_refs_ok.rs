// a Vec<&mut T> of disjoint elements
fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut refs: Vec<&mut i32> = vec![&mut a, &mut b];
    for r in refs.iter_mut() { **r *= 10; }
    drop(refs);
    println!("{} {}", a, b);
}
