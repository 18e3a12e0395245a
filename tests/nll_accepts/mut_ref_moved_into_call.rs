// nll_accepts: a mutable reference passed to a function and the owner used afterwards
fn fill(buf: &mut String) {
    buf.push_str("data");
}

fn main() {
    let mut buf = String::new();
    let handle = &mut buf;
    fill(handle);
    println!("{}", buf);
}
