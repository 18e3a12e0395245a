// E0040: calling Drop::drop directly instead of std::mem::drop
struct Connection {
    port: u16,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.port);
    }
}

fn main() {
    let conn = Connection { port: 8080 };
    conn.drop();
}
