#[derive(Clone)]
struct Named { name: String }
impl Copy for Named {}
fn main() {}
