use std::sync::Mutex;
fn main() {
    let m = Mutex::new(1);
    *m.lock().unwrap() += 1;
    let v = m.into_inner().unwrap();
    println!("{}", v);
}
