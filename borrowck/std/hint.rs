// std::hint

pub fn spin_loop();
pub fn black_box<T>(dummy: T) -> T;
