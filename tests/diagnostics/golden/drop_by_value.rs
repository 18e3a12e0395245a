struct Lease;

impl Drop for Lease {
    fn drop(self) {}
}

fn main() {
    let _l = Lease;
}
