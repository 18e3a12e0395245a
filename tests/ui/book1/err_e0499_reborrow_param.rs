// references: two reborrows of the same &mut parameter kept alive together
fn fill(buf: &mut Vec<i32>, n: i32) {
    let front = &mut *buf;
    let back = &mut *buf;
    front.insert(0, n);
    back.push(n);
}

fn main() {
    let mut b = vec![0];
    fill(&mut b, 5);
    println!("{:?}", b);
}
