// two mutating closures used one after the other, and the variable read at the end
fn main() {
    let mut log = Vec::new();
    let mut a = || log.push(1);
    a();
    a();
    let mut b = || log.push(2);
    b();
    println!("{:?}", log);
}
