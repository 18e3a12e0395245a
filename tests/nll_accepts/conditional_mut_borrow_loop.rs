// nll_accepts: a mutable borrow inside a loop branch, the vector read in the other branch
fn main() {
    let mut v = vec![0; 3];
    for i in 0..6 {
        if i % 2 == 0 {
            let slot = &mut v[i / 2];
            *slot = i;
        } else {
            println!("len {}", v.len());
        }
    }
    println!("{:?}", v);
}
