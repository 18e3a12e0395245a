// mutability: mutating through a &mut held in a binding that is not itself mut
fn fill(buf: &mut Vec<u8>) {
    buf.push(1);
}

fn main() {
    let mut storage = Vec::new();
    let r = &mut storage;
    r.push(0);
    fill(r);
    r.push(2);
    println!("{:?}", storage);
}
