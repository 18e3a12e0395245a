// smart pointers: moving a field out of a value whose type implements Drop
struct Connection {
    addr: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.addr);
    }
}

fn main() {
    let c = Connection { addr: String::from("10.0.0.1") };
    let addr = c.addr;
    println!("{addr}");
}
