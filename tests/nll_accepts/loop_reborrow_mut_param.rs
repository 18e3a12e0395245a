// nll_accepts: a mutable reference reborrowed in every loop iteration
fn add_all(target: &mut Vec<u32>, n: u32) {
    for i in 0..n {
        let t = &mut *target;
        t.push(i);
    }
    target.push(99);
}

fn main() {
    let mut v = Vec::new();
    add_all(&mut v, 3);
    println!("{:?}", v);
}
